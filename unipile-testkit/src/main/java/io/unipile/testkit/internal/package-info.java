/** Helpers of the fake server that are not part of the testkit's API and may change at any time. */
package io.unipile.testkit.internal;

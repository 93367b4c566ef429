/**
 * The fake server's implementation, shared by the resource groups: routing ({@link io.unipile.testkit.internal.Router},
 * {@link io.unipile.testkit.internal.ResourceGroup}, {@link io.unipile.testkit.internal.Endpoint}), authentication
 * ({@link io.unipile.testkit.internal.ApiKeys}), request reading for handlers
 * ({@link io.unipile.testkit.internal.IncomingRequest}), paging, common JSON and the shared state. Not part of the
 * testkit's API: public only so the group packages can use it, and may change at any time.
 */
package io.unipile.testkit.internal;

/**
 * The LinkedIn group: routes of {@code /api/v1/linkedin} but its search (company profiles, InMail balance, raw
 * data, member actions, endorsements, Recruiter hiring projects, job postings from draft to closed, applicants and
 * their resumes), their handlers, JSON and state slice, and {@link io.unipile.testkit.linkedin.LinkedInState}, what
 * tests seed and read through {@code server.state().linkedin()}. Registered in {@link io.unipile.testkit.Routes}.
 */
package io.unipile.testkit.linkedin;

/**
 * LTI 1.3: platform registrations, the tool's signing keys and JWKS, OIDC login initiation and
 * launch validation (1EdTech LTI Core 1.3 and Security Framework 1.0). Deep linking, dynamic
 * registration and the Advantage services grow here.
 */
package org.awarehouse.lti;

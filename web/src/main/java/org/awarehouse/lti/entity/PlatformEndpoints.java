package org.awarehouse.lti.entity;

import java.util.Set;

/** What an administrator states about a platform when registering or updating it. */
public record PlatformEndpoints(
    String name, String issuer, String clientId, String authUrl, String tokenUrl, String jwksUrl,
    Set<String> deploymentIds) {}

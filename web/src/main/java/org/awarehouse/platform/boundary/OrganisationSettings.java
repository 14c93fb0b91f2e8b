package org.awarehouse.platform.boundary;

import jakarta.validation.constraints.NotNull;

/** Body of PATCH /api/organisations/current: the settings an organisation's admin may change. */
public record OrganisationSettings(
    @NotNull(message = "is required: true keeps the names and e-mail addresses platforms send, false erases them")
    Boolean keepLearnerNames) {}

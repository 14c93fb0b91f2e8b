package org.awarehouse.platform.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of POST /api/organisations. */
public record NewOrganisation(
    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}",
        message = "must be 2 to 63 lower-case letters, digits or hyphens, starting with a letter or digit")
    String slug,
    @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name) {}

package org.awarehouse.platform.control;

/** One input field that failed validation, and why, in words a person can act on. */
public record FieldError(String field, String message) {}

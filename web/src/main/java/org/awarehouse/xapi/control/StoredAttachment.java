package org.awarehouse.xapi.control;

import java.util.UUID;

/**
 * Attachment data the store holds, as a statement result names it: its SHA-2, the contentType of
 * the first returned attachment header with that hash, and its length in octets.
 */
public record StoredAttachment(UUID organisationId, String sha2, String contentType, long length) {}

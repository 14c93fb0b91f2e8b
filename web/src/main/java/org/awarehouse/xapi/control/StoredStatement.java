package org.awarehouse.xapi.control;

import jakarta.json.JsonObject;
import java.time.Instant;

/** A statement as the store returns it: its JSON with every property the LRS set, and when. */
public record StoredStatement(long seq, JsonObject statement, Instant stored) {}

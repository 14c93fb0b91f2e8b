package org.awarehouse.content.control;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the catalogue needs to know of a cmi5 course: its standard fields plus the Awarehouse
 * extension (version, duration, audience, regulations).
 *
 * @param launchUrls the {@code url} of every AU as written in cmi5.xml, its path percent-decoded
 */
public record CourseDescriptor(
    String courseId,
    Map<String, String> titles,
    Map<String, String> descriptions,
    String version,
    int durationMinutes,
    List<String> audience,
    List<String> regulations,
    Set<String> languages,
    List<String> launchUrls) {}

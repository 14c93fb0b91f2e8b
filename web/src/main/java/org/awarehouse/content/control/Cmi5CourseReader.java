package org.awarehouse.content.control;

import java.io.InputStream;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.awarehouse.content.control.importing.Cmi5StructureReader;
import org.awarehouse.content.control.importing.Finding;
import org.awarehouse.content.control.importing.LaunchUnit;
import org.awarehouse.content.control.importing.ModuleMetadata;
import org.awarehouse.content.control.importing.PackageDescriptor;
import org.awarehouse.content.control.importing.PackageRejectedException;

/**
 * Reads the cmi5 course structure of a built-in module. The structure is read as any uploaded
 * cmi5 package is ({@link Cmi5StructureReader}); a built-in module must in addition carry the
 * {@code urn:awarehouse:module:1} extension, because the catalogue shows its version, duration and
 * audience.
 */
public final class Cmi5CourseReader {
  public static final String CMI5_NS = Cmi5StructureReader.CMI5_NS;
  public static final String AWAREHOUSE_NS = "urn:awarehouse:module:1";

  private Cmi5CourseReader() {}

  public static CourseDescriptor read(InputStream xml) {
    PackageDescriptor course;
    try {
      // BuiltInPackage checks the launch files against its own zip, so any path is taken here.
      course = Cmi5StructureReader.read(xml, path -> true);
    } catch (PackageRejectedException e) {
      throw new InvalidCourseStructureException(
          e.findings().stream().map(Finding::toString).collect(Collectors.joining("; ")), e);
    }
    ModuleMetadata module = course.module();
    if (module == null) {
      throw new InvalidCourseStructureException(
          "cmi5.xml: a built-in course must have exactly one awh:module element in namespace " + AWAREHOUSE_NS);
    }
    if (course.descriptions().isEmpty()) {
      throw new InvalidCourseStructureException("cmi5.xml: a built-in course needs a description langstring");
    }
    TreeSet<String> languages = new TreeSet<>(course.titles().keySet());
    languages.addAll(course.descriptions().keySet());
    List<String> launchUrls = course.units().stream().map(Cmi5CourseReader::launchUrl).toList();
    return new CourseDescriptor(course.identifier(), course.titles(), course.descriptions(), module.version(),
        module.durationMinutes(), module.audience(), module.regulations(), languages, launchUrls);
  }

  /** The AU's url again, with its path decoded so it matches the zip entry name. */
  private static String launchUrl(LaunchUnit unit) {
    if (unit.absoluteUrl() != null) {
      return unit.absoluteUrl();
    }
    return unit.launchPath() + (unit.launchQuery().isEmpty() ? "" : "?" + unit.launchQuery())
        + (unit.launchFragment().isEmpty() ? "" : "#" + unit.launchFragment());
  }
}

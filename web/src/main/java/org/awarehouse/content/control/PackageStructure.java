package org.awarehouse.content.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.awarehouse.content.control.importing.ControlMode;
import org.awarehouse.content.control.importing.ModuleMetadata;
import org.awarehouse.content.control.importing.PackageDescriptor;
import org.awarehouse.content.control.importing.TocNode;
import org.awarehouse.content.entity.PackageVersion;

/**
 * What a version launches, as stored with it: the launchable units (SCOs, assets or cmi5 AUs)
 * and the table of contents. This is our own stable form, so that stored versions stay readable
 * when the importer learns more.
 */
public record PackageStructure(List<Unit> units, List<Toc> toc, boolean choice, boolean flow) {
  /** Creating a JSON-B instance is expensive; one serves every thread. */
  private static final Jsonb JSONB = JsonbBuilder.create();

  /**
   * A launchable unit. Scores and thresholds are scaled to 0..1 whatever the standard wrote.
   *
   * @param launchPath the file inside the package; null for a cmi5 AU at an absolute URL
   * @param launchQuery the query the launch URL carries (SCORM {@code parameters} included), or ""
   */
  public record Unit(
      String id, String title, String type, String launchPath, String launchQuery, String launchFragment,
      String absoluteUrl,
      Double masteryScore, Double completionThreshold, String maxTimeAllowed, String timeLimitAction,
      String launchData, String launchMethod, String moveOn, String activityType, String launchParameters,
      String entitlementKey) {}

  /** A node of the table of contents; {@code unitId} is null for a node that only groups others. */
  public record Toc(String id, String title, String unitId, List<Toc> children) {}

  /** The structure of what the importer accepted. */
  public static PackageStructure of(PackageDescriptor d) {
    List<Unit> units = d.units().stream().map(u -> new Unit(u.id(), u.title(), u.type().name().toLowerCase(Locale.ROOT),
        u.launchPath(), u.launchQuery() == null ? "" : u.launchQuery(), u.launchFragment(), u.absoluteUrl(),
        u.masteryScore(), u.completionThreshold(), u.maxTimeAllowed(), u.timeLimitAction(), u.dataFromLms(),
        u.launchMethod(), u.moveOn(), u.activityType(), u.launchParameters(), u.entitlementKey())).toList();
    ControlMode mode = d.controlMode() == null ? ControlMode.SCORM_2004_DEFAULT : d.controlMode();
    return new PackageStructure(units, toc(d.toc()), mode.choice(), mode.flow());
  }

  private static List<Toc> toc(List<TocNode> nodes) {
    return nodes == null ? List.of()
        : nodes.stream().map(n -> new Toc(n.id(), n.title(), n.unitId(), toc(n.children()))).toList();
  }

  /**
   * The catalogue description a new version starts with: what the manifest says, plus the
   * Awarehouse module extension of a cmi5 course when it has one. Authors may change it later.
   */
  public static PackageVersion.Description description(PackageDescriptor d) {
    List<String> languages = new TreeSet<>(d.titles().keySet()).stream()
        .filter(l -> !PackageDescriptor.UNDETERMINED.equals(l)).toList();
    ModuleMetadata module = d.module();
    return new PackageVersion.Description(d.titles(), d.descriptions(), languages,
        module == null ? null : module.durationMinutes(), module == null ? List.of() : module.audience(),
        module == null ? List.of() : module.regulations());
  }

  public Optional<Unit> unit(String id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst();
  }

  public String toJson() {
    return JSONB.toJson(this);
  }

  public static PackageStructure fromJson(String json) {
    return JSONB.fromJson(json, PackageStructure.class);
  }
}

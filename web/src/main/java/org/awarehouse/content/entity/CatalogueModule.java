package org.awarehouse.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awarehouse.content.control.CourseDescriptor;
import org.awarehouse.platform.control.StringListJsonConverter;
import org.awarehouse.platform.control.StringMapJsonConverter;

/**
 * A built-in module of the global catalogue, readable by every organisation. Installed from the
 * content-packages build at start; a module that left the build is retired, never deleted, so
 * that links and reports that name it stay valid.
 */
@Entity
@Table(name = "catalogue_module")
public class CatalogueModule {

  @Id
  @Column(length = 64)
  private String slug;

  @Column(name = "course_id", nullable = false, length = 500)
  private String courseId;

  @Column(nullable = false, length = 40)
  private String version;

  @Column(nullable = false, length = 20)
  private String standard;

  @Convert(converter = StringMapJsonConverter.class)
  @Column(nullable = false)
  private Map<String, String> titles;

  @Convert(converter = StringMapJsonConverter.class)
  @Column(nullable = false)
  private Map<String, String> descriptions;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Convert(converter = StringListJsonConverter.class)
  @Column(nullable = false)
  private List<String> audience;

  @Convert(converter = StringListJsonConverter.class)
  @Column(nullable = false)
  private List<String> languages;

  @Convert(converter = StringListJsonConverter.class)
  @Column(nullable = false)
  private List<String> regulations;

  @Column(name = "package_sha256", nullable = false, length = 64)
  private String packageSha256;

  @Column(name = "installed_at", nullable = false)
  private Instant installedAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  /** The built-in package that plays the module. */
  @Column(name = "package_id")
  private UUID packageId;

  protected CatalogueModule() {}

  public CatalogueModule(String slug) {
    this.slug = slug;
  }

  /** Takes the package's current description; the caller has checked that it changed. */
  public void install(CourseDescriptor course, String standard, String packageSha256, UUID packageId, Instant now) {
    this.packageId = packageId;
    this.courseId = course.courseId();
    this.version = course.version();
    this.standard = standard;
    this.titles = course.titles();
    this.descriptions = course.descriptions();
    this.durationMinutes = course.durationMinutes();
    this.audience = course.audience();
    this.languages = List.copyOf(course.languages());
    this.regulations = course.regulations();
    this.packageSha256 = packageSha256;
    this.installedAt = now;
    this.retiredAt = null;
  }

  public void retire(Instant now) {
    if (retiredAt == null) {
      retiredAt = now;
    }
  }

  public String slug() { return slug; }
  public String courseId() { return courseId; }
  public String version() { return version; }
  public String standard() { return standard; }
  public Map<String, String> titles() { return titles; }
  public Map<String, String> descriptions() { return descriptions; }
  public int durationMinutes() { return durationMinutes; }
  public List<String> audience() { return audience; }
  public List<String> languages() { return languages; }
  public List<String> regulations() { return regulations; }
  public String packageSha256() { return packageSha256; }
  public Instant installedAt() { return installedAt; }
  public Instant retiredAt() { return retiredAt; }
  public UUID packageId() { return packageId; }
}

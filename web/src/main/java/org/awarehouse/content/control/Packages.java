package org.awarehouse.content.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.awarehouse.content.control.importing.InspectedPackage;
import org.awarehouse.content.control.importing.PackageDescriptor;
import org.awarehouse.content.control.importing.StagedFile;
import org.awarehouse.content.entity.ContentPackage;
import org.awarehouse.content.entity.PackageVersion;

/** Packages and their versions in the database, always within one organisation. */
@ApplicationScoped
public class Packages {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** How an LTI link names an uploaded package in its module parameter. */
  public static final String PACKAGE_SLUG_PREFIX = "package:";

  @PersistenceContext EntityManager em;
  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;
  @Inject Clock clock;

  /** A package with its versions, newest first. */
  public record Listed(ContentPackage pkg, List<PackageVersion> versions) {}

  /**
   * A package the organisation owns, so may change; with a null organisation, a built-in one (for
   * the catalogue installer only).
   */
  @Transactional
  public ContentPackage find(UUID organisationId, UUID packageId) {
    ContentPackage pkg = em.find(ContentPackage.class, packageId);
    if (pkg == null || !java.util.Objects.equals(pkg.organisationId(), organisationId)) {
      throw new UnknownPackageException("There is no package " + packageId + " in your organisation.");
    }
    return pkg;
  }

  @Transactional
  public List<Listed> list(UUID organisationId) {
    List<ContentPackage> all = em.createQuery(
            "select p from ContentPackage p where p.organisationId = :org order by p.createdAt desc", ContentPackage.class)
        .setParameter("org", organisationId).getResultList();
    List<Listed> listed = new ArrayList<>();
    for (ContentPackage pkg : all) {
      listed.add(new Listed(pkg, versions(pkg.id())));
    }
    return listed;
  }

  @Transactional
  public Listed get(UUID organisationId, UUID packageId) {
    return new Listed(find(organisationId, packageId), versions(packageId));
  }

  @Transactional
  public PackageVersion version(UUID organisationId, UUID packageId, int number) {
    find(organisationId, packageId);
    return em.createQuery("select v from PackageVersion v where v.packageId = :p and v.number = :n", PackageVersion.class)
        .setParameter("p", packageId).setParameter("n", number).getResultStream().findFirst()
        .orElseThrow(() -> new UnknownPackageException("Package " + packageId + " has no version " + number + "."));
  }

  /**
   * The version a link launches: the pinned one unless it is a draft, else the latest published
   * one. Empty when there is none (nothing published yet, or everything retired). The package is the
   * organisation's own or a built-in one.
   */
  @Transactional
  public Optional<Playable> launchable(UUID organisationId, UUID packageId, Integer pinned) {
    ContentPackage pkg = em.find(ContentPackage.class, packageId);
    if (pkg == null || !pkg.builtIn()) {
      find(organisationId, packageId); // built-in modules play for every organisation, others for their own
    }
    return versions(packageId).stream()
        .filter(v -> pinned != null ? v.number() == pinned && v.status() != PackageVersion.Status.DRAFT
            : v.status() == PackageVersion.Status.PUBLISHED)
        .findFirst().map(Playable::of);
  }

  /** Any version of the organisation's package, drafts included, for an author's preview. */
  @Transactional
  public Playable preview(UUID organisationId, UUID packageId, int number) {
    return Playable.of(version(organisationId, packageId, number));
  }

  /** A version an attempt already plays, whatever its status now: running attempts finish on it. */
  @Transactional
  public Playable playing(UUID versionId) {
    PackageVersion version = em.find(PackageVersion.class, versionId);
    if (version == null) {
      throw new UnknownPackageException("There is no package version " + versionId + ".");
    }
    return Playable.of(version);
  }

  /**
   * The organisation's packages that have a published version, described like catalogue modules
   * (slug {@code package:<id>}), for the deep-linking picker.
   */
  @Transactional
  public List<CatalogueService.ModuleSummary> publishedSummaries(UUID organisationId) {
    return em.createQuery("select v from PackageVersion v, ContentPackage p where v.packageId = p.id"
            + " and p.organisationId = :org and v.status = :published order by v.packageId, v.number desc",
            PackageVersion.class)
        .setParameter("org", organisationId).setParameter("published", PackageVersion.Status.PUBLISHED)
        .getResultStream()
        .collect(java.util.stream.Collectors.toMap(PackageVersion::packageId, v -> v, (newer, older) -> newer,
            java.util.LinkedHashMap::new))
        .values().stream().map(Packages::summary).toList();
  }

  private static CatalogueService.ModuleSummary summary(PackageVersion v) {
    Map<String, String> titles = v.titles();
    return new CatalogueService.ModuleSummary(PACKAGE_SLUG_PREFIX + v.packageId(), Integer.toString(v.number()), titles,
        v.descriptions().isEmpty() ? titles : v.descriptions(), v.durationMinutes() == null ? 0 : v.durationMinutes(),
        v.audience(), v.languages(), v.packageId());
  }

  /** Stores what the importer accepted as the next version (a draft) of a new or existing package. */
  @Transactional
  public PackageVersion record(UUID organisationId, UUID packageId, InspectedPackage inspected, String uploadSha256,
      long uploadBytes) {
    PackageDescriptor descriptor = inspected.descriptor();
    ContentPackage pkg;
    if (packageId == null) {
      pkg = new ContentPackage(organisationId, descriptor.identifier(), clock.instant());
      em.persist(pkg);
    } else {
      // the lock makes concurrent uploads of one package take numbers one after the other
      pkg = em.find(ContentPackage.class, find(organisationId, packageId).id(), LockModeType.PESSIMISTIC_WRITE);
    }
    int number = versions(pkg.id()).stream().mapToInt(PackageVersion::number).max().orElse(0) + 1;
    PackageVersion version = new PackageVersion(pkg.id(), number, descriptor.standard().name(), newContentKey(),
        PackageStructure.description(descriptor), PackageStructure.of(descriptor).toJson(), uploadSha256, uploadBytes,
        clock.instant());
    em.persist(version);
    em.flush();
    insertFiles(version.id(), inspected.files());
    return version;
  }

  @Transactional
  public PackageVersion publish(UUID organisationId, UUID packageId, int number) {
    PackageVersion version = version(organisationId, packageId, number);
    version.publish(clock.instant());
    return version;
  }

  @Transactional
  public PackageVersion retire(UUID organisationId, UUID packageId, int number) {
    PackageVersion version = version(organisationId, packageId, number);
    version.retire(clock.instant());
    return version;
  }

  /** Deletes a draft that was never published; its files go when the collector finds them unused. */
  @Transactional
  public void deleteDraft(UUID organisationId, UUID packageId, int number) {
    PackageVersion version = version(organisationId, packageId, number);
    if (version.status() != PackageVersion.Status.DRAFT) {
      throw new VersionInUseException(packageId, number);
    }
    em.remove(version);
  }

  @Transactional
  public PackageVersion describe(UUID organisationId, UUID packageId, int number, PackageVersion.Description d) {
    PackageVersion version = version(organisationId, packageId, number);
    version.describe(d);
    return version;
  }

  private List<PackageVersion> versions(UUID packageId) {
    return em.createQuery("select v from PackageVersion v where v.packageId = :p order by v.number desc", PackageVersion.class)
        .setParameter("p", packageId).getResultList();
  }

  private void insertFiles(UUID versionId, List<StagedFile> files) {
    // a version may have thousands of files; one JDBC batch in the same transaction
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "insert into package_file (version_id, path, sha256, size) values (?, ?, ?, ?)")) {
      for (StagedFile file : files) {
        insert.setString(1, versionId.toString());
        insert.setString(2, file.path());
        insert.setString(3, file.sha256());
        insert.setLong(4, file.size());
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot record the files of version " + versionId, e);
    }
  }

  private static String newContentKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}

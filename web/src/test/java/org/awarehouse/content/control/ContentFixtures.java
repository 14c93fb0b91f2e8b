package org.awarehouse.content.control;

import java.nio.file.Path;

/** Delivery's collaborators for tests in other packages, which cannot reach package-private seams. */
public final class ContentFixtures {

  private ContentFixtures() {}

  public static ContentStore store(Path dataDir) {
    ContentStore store = new ContentStore();
    store.dataDir = dataDir.toString();
    return store;
  }

  public static ContentFiles files(ContentIndex index, ContentStore store) {
    return new ContentFiles(index, store);
  }
}

package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void neverHoldsMoreThanItsCap() {
    BoundedCache<Integer, byte[]> cache = new BoundedCache<>(1000, bytes -> bytes.length);
    for (int i = 0; i < 500; i++) {
      cache.put(i, new byte[7]);
      assertTrue(cache.weight() <= 1000, "weight " + cache.weight());
    }
    assertEquals(cache.size() * 7L, cache.weight());
    assertTrue(cache.size() > 100);
  }

  @Test
  void aValueOverTheCapIsNotKept() {
    BoundedCache<String, byte[]> cache = new BoundedCache<>(10, bytes -> bytes.length);
    cache.put("big", new byte[11]);
    assertNull(cache.get("big"));
    assertEquals(0, cache.weight());
  }

  @Test
  void theFirstValueForAKeyStays() {
    BoundedCache<String, String> cache = new BoundedCache<>(10, value -> 1);
    cache.put("k", "a");
    cache.put("k", "b");
    assertEquals("a", cache.get("k"));
    assertEquals(1, cache.weight());
  }
}

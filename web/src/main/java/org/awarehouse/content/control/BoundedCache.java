package org.awarehouse.content.control;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * A concurrent map with a cap on the total weight of its values, for facts that never go stale
 * (a content key's files, content-addressed bytes). Over the cap it drops entries in the map's
 * own order rather than least-recently-used: a dropped entry costs one reload, never a wrong
 * answer, and reads then stay lock-free, which matters more at the request rates of static files.
 */
final class BoundedCache<K, V> {
  private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
  private final AtomicLong weight = new AtomicLong();
  private final long maxWeight;
  private final ToLongFunction<V> weigher;

  BoundedCache(long maxWeight, ToLongFunction<V> weigher) {
    this.maxWeight = maxWeight;
    this.weigher = weigher;
  }

  V get(K key) {
    return map.get(key);
  }

  /** Keeps the value unless it alone is over the cap; evicts others when the total is over. */
  void put(K key, V value) {
    long added = weigher.applyAsLong(value);
    if (added > maxWeight || map.putIfAbsent(key, value) != null) {
      return;
    }
    if (weight.addAndGet(added) > maxWeight) {
      evict();
    }
  }

  int size() {
    return map.size();
  }

  long weight() {
    return weight.get();
  }

  private void evict() {
    Iterator<Map.Entry<K, V>> entries = map.entrySet().iterator();
    while (weight.get() > maxWeight && entries.hasNext()) {
      Map.Entry<K, V> entry = entries.next();
      if (map.remove(entry.getKey(), entry.getValue())) {
        weight.addAndGet(-weigher.applyAsLong(entry.getValue()));
      }
    }
  }
}

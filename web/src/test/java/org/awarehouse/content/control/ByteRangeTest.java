package org.awarehouse.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {
  static final long SIZE = 1000;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bytes=0-499|0|499", "bytes=500-999|500|999", "bytes=500-|500|999", "bytes=0-|0|999",
      "bytes=-100|900|999", "bytes=-1|999|999", "bytes=999-999|999|999",
      "bytes=-5000|0|999",          // a suffix longer than the file is all of it (§14.1.1)
      "bytes=900-5000|900|999",     // a last-pos past the end is the end
      "bytes=0-99999999999999999999999|0|999", // saturates instead of overflowing
      "Bytes=1-2|1|2", "bytes = 1-2|1|2", "bytes=1-2,|1|2", "bytes=, 1-2|1|2"})
  void singleRanges(String header, long first, long last) {
    ByteRange range = ByteRange.parse(header, SIZE);
    assertEquals(new ByteRange(ByteRange.Kind.PART, first, last), range);
    assertEquals(last - first + 1, range.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=1000-", "bytes=1000-2000", "bytes=5000-", "bytes=-0",
      "bytes=99999999999999999999999-"})
  void unsatisfiable(String header) {
    assertSame(ByteRange.UNSATISFIABLE, ByteRange.parse(header, SIZE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "bytes", "bytes=", "bytes=-", "bytes=abc", "bytes=1-a", "bytes=5-1", "bytes=1 -2",
      "bytes=+1-2", "bytes=1--2", "bytes=0x10-", "items=0-1", "0-100", "bytes=0-1,5-9", "bytes=0-1, -5",
      "bytes=0-0,0-0"})
  void invalidOtherUnitsAndSeveralRangesGetTheWholeFile(String header) {
    assertSame(ByteRange.WHOLE, ByteRange.parse(header, SIZE));
  }

  @Test
  void anEmptyFileHasNoPart() {
    assertSame(ByteRange.UNSATISFIABLE, ByteRange.parse("bytes=0-", 0));
    assertSame(ByteRange.WHOLE, ByteRange.parse("bytes=-10", 0));
  }
}

package org.spinecode.spark;

import org.spinecode.rest.wire.RecordCoder;
import org.spinecode.rest.wire.WireCodec;

/** What one executor JVM codes with: the library's record coder, and the codec that writes its results. */
record ExecutorCoder(RecordCoder records, WireCodec codec) {}

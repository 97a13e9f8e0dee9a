package io.webexkit.app.session;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stands in for a deserialization gadget: a serializable class that no session holds, whose {@code readObject} runs
 * code. It records that it ran, so tests can prove it never does.
 */
public final class RecordingGadget implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final AtomicBoolean ran = new AtomicBoolean();

	@Serial
	private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
		ran.set(true);
		in.defaultReadObject();
	}

}

package io.webexkit.simulator;

/** Stands for one of the simulator's controllers: only their answers are held to the document. */
public class FakeSimulatorHandler {

	public void room() {
	}

}

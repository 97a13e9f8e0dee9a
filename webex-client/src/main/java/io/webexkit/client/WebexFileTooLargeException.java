package io.webexkit.client;

/** A file to upload is larger than Webex takes, so nothing was sent. */
public class WebexFileTooLargeException extends WebexException {

	private final long size;

	private final long limit;

	public WebexFileTooLargeException(String message, long size, long limit) {
		super(message + " (" + size + " bytes; Webex takes at most " + limit + ")", null);
		this.size = size;
		this.limit = limit;
	}

	/** The file's size in bytes. */
	public long size() {
		return this.size;
	}

	/** The largest file Webex takes, in bytes. */
	public long limit() {
		return this.limit;
	}

}

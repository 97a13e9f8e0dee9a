package io.webexkit.openapi;

/**
 * One operation of a Webex OpenAPI document.
 *
 * @param method the HTTP method, upper case
 * @param path the path template as the document writes it, e.g. {@code /rooms/{roomId}} (under {@code /v1})
 * @param operationId the document's operation id (Webex uses titles such as "List Rooms")
 * @param tag the document's first tag, e.g. {@code Rooms}
 */
public record SpecOperation(String method, String path, String operationId, String tag) {

	/** {@code GET /rooms/{roomId}}. */
	public String key() {
		return this.method + " " + this.path;
	}

	/** Whether {@code method} and a concrete {@code path} (under {@code /v1}, query excluded) are this operation. */
	public boolean matches(String method, String path) {
		if (!this.method.equalsIgnoreCase(method)) {
			return false;
		}
		String[] template = this.path.split("/", -1);
		String[] actual = path.split("/", -1);
		if (template.length != actual.length) {
			return false;
		}
		for (int i = 0; i < template.length; i++) {
			boolean variable = template[i].startsWith("{") && template[i].endsWith("}");
			if (variable ? actual[i].isEmpty() : !template[i].equals(actual[i])) {
				return false;
			}
		}
		return true;
	}

}

package io.webexkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Webex's mention markup in a message's Markdown: {@code <@personEmail:someone@example.com|Name>},
 * {@code <@personId:ID|Name>} (the name is optional) and {@code <@all>}. Webex answers such a message with the
 * people's ids in {@code mentionedPeople}, {@code all} in {@code mentionedGroups}, the names alone in {@code text},
 * and {@code <spark-mention>} elements in {@code html}. A mention of someone Webex does not know stays as written.
 */
final class Mentions {

	static final String ALL = "all";

	private static final Pattern MENTION = Pattern
		.compile("<@(?:(personEmail|personId):([^|>\\s]+)(?:\\|([^>]*))?|(all))>");

	// private-use characters: neither Markdown nor HTML escaping touches them
	private static final char OPEN = '\uE000';

	private static final char CLOSE = '\uE001';

	private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

	private Mentions() {
	}

	/**
	 * The message Webex makes of {@code markdown}.
	 * @param people finds a mentioned person by id or email
	 */
	static Rendered render(String markdown, Function<String, Optional<SimMember>> people) {
		Matcher matcher = MENTION.matcher(markdown.replace(OPEN, ' ').replace(CLOSE, ' '));
		StringBuilder marked = new StringBuilder();
		List<String> htmlMentions = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Set<String> mentioned = new LinkedHashSet<>();
		Set<String> groups = new LinkedHashSet<>();
		while (matcher.find()) {
			String replacement;
			if (matcher.group(4) != null) {
				groups.add(ALL);
				replacement = placeholder(htmlMentions, names, "All",
						"<spark-mention data-object-type=\"groupMention\" data-group-type=\"all\">All</spark-mention>");
			}
			else {
				Optional<SimMember> person = people.apply(matcher.group(2));
				if (person.isEmpty()) {
					replacement = matcher.group();
				}
				else {
					String name = (matcher.group(3) != null && !matcher.group(3).isBlank()) ? matcher.group(3)
							: person.get().displayName();
					mentioned.add(person.get().id());
					replacement = placeholder(htmlMentions, names, name,
							"<spark-mention data-object-type=\"person\" data-object-id=\""
									+ HtmlUtils.htmlEscape(person.get().id()) + "\">" + HtmlUtils.htmlEscape(name)
									+ "</spark-mention>");
				}
			}
			matcher.appendReplacement(marked, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(marked);
		String html = substitute(MessageCatalog.toHtml(marked.toString()), htmlMentions);
		String text = substitute(MessageCatalog.toText(marked.toString()), names);
		return new Rendered(text, html, List.copyOf(mentioned), List.copyOf(groups));
	}

	private static String placeholder(List<String> html, List<String> names, String name, String element) {
		html.add(element);
		names.add(name);
		return OPEN + Integer.toString(html.size() - 1) + CLOSE;
	}

	private static String substitute(String rendered, List<String> values) {
		Matcher matcher = PLACEHOLDER.matcher(rendered);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(values.get(Integer.parseInt(matcher.group(1)))));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** What Webex shows of a Markdown message: plain text, HTML, and who it mentions. */
	record Rendered(String text, @Nullable String html, List<String> mentionedPeople, List<String> mentionedGroups) {
	}

}

package io.webexkit.app.spaces;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Renders a message's markdown to HTML that is safe to embed: raw HTML in the message is escaped as text, and link
 * and image URLs other than http, https and mailto are dropped (so no {@code javascript:} or {@code data:}).
 * <p>
 * An image is loaded by every reader's browser as soon as the space is opened, so it is shown only from Webex's own
 * content hosts: from anywhere else it would tell its sender who read the message and when (a tracking pixel), and a
 * relative URL would send a GET to this app. Other images become a link the reader may choose to follow.
 */
final class MessageMarkdown {

	/** Where Webex serves files and avatars, over https only: {@code webexcontent.com} and its subdomains. */
	static final String WEBEX_CONTENT_HOST = "webexcontent.com";

	private static final Parser parser = Parser.builder().build();

	private static final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.nodeRendererFactory(ImageRenderer::new)
		.softbreak("<br>")
		.build();

	private MessageMarkdown() {
	}

	/** Webex's mention markup: {@code <@personId:ID|Name>}, {@code <@personEmail:EMAIL|Name>} (name optional), {@code <@all>}. */
	private static final Pattern MENTION = Pattern
		.compile("<@(?:(personEmail|personId):([^|>\\s]+)(?:\\|([^>]*))?|(all))>");

	// private-use characters, which neither Markdown nor HTML escaping touch, mark where a mention goes
	private static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");

	static String toHtml(String markdown) {
		return toHtml(markdown, (id) -> null);
	}

	/**
	 * As {@link #toHtml(String)}, with mentions shown as {@code @Name} (the name in the markup, else {@code names}'
	 * for a person id, else the address), in an element of their own; the names are escaped like any text.
	 */
	static String toHtml(String markdown, Function<String, @Nullable String> names) {
		Matcher matcher = MENTION.matcher(markdown.replace('\uE000', ' ').replace('\uE001', ' '));
		List<String> mentions = new ArrayList<>();
		StringBuilder marked = new StringBuilder();
		while (matcher.find()) {
			String name;
			if (matcher.group(4) != null) {
				name = "All";
			}
			else if (matcher.group(3) != null && !matcher.group(3).isBlank()) {
				name = matcher.group(3).strip();
			}
			else {
				String known = "personId".equals(matcher.group(1)) ? names.apply(matcher.group(2)) : null;
				name = (known != null) ? known : matcher.group(2);
			}
			mentions.add(name);
			matcher.appendReplacement(marked, "\uE000" + (mentions.size() - 1) + "\uE001");
		}
		matcher.appendTail(marked);
		String html = renderer.render(parser.parse(marked.toString()));
		if (mentions.isEmpty()) {
			return html;
		}
		Matcher placeholder = PLACEHOLDER.matcher(html);
		StringBuilder out = new StringBuilder();
		while (placeholder.find()) {
			String name = mentions.get(Integer.parseInt(placeholder.group(1)));
			placeholder.appendReplacement(out,
					Matcher.quoteReplacement("<span class=\"mention\">@" + HtmlUtils.htmlEscape(name) + "</span>"));
		}
		placeholder.appendTail(out);
		return out.toString();
	}

	/** Whether an image from {@code url} may be loaded by the reader's browser. */
	static boolean isWebexContent(URI url) {
		String host = url.getHost();
		if (!"https".equalsIgnoreCase(url.getScheme()) || host == null || url.getRawUserInfo() != null) {
			return false;
		}
		String lower = host.toLowerCase(Locale.ROOT);
		return lower.equals(WEBEX_CONTENT_HOST) || lower.endsWith("." + WEBEX_CONTENT_HOST);
	}

	/** Images: {@code <img>} from Webex's content hosts, a link to any other http(s) URL, else the alt text. */
	private static final class ImageRenderer implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		ImageRenderer(HtmlNodeRendererContext context) {
			this.context = context;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Image.class);
		}

		@Override
		public void render(Node node) {
			Image image = (Image) node;
			String alt = altText(image);
			HtmlWriter html = this.context.getWriter();
			String encoded = this.context.encodeUrl(image.getDestination());
			URI url = absoluteHttp(encoded);
			if (url == null) {
				html.text(alt);
				return;
			}
			Map<String, String> attributes = new LinkedHashMap<>();
			if (isWebexContent(url)) {
				attributes.put("src", encoded);
				attributes.put("alt", alt);
				html.tag("img", attributes, true);
				return;
			}
			attributes.put("href", encoded);
			attributes.put("rel", "noopener noreferrer nofollow");
			html.tag("a", attributes);
			html.text(alt.isBlank() ? encoded : alt);
			html.tag("/a");
		}

		private static @Nullable URI absoluteHttp(String encoded) {
			try {
				URI url = new URI(encoded);
				String scheme = url.getScheme();
				boolean web = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
				return (web && url.getHost() != null) ? url : null;
			}
			catch (URISyntaxException ex) {
				return null;
			}
		}

		private static String altText(Image image) {
			StringBuilder text = new StringBuilder();
			image.accept(new AbstractVisitor() {

				@Override
				public void visit(Text node) {
					text.append(node.getLiteral());
				}

				@Override
				public void visit(Code node) {
					text.append(node.getLiteral());
				}

				@Override
				public void visit(HtmlInline node) {
					text.append(node.getLiteral()); // raw HTML stays text, as everywhere in a message
				}

				@Override
				public void visit(SoftLineBreak node) {
					text.append(' ');
				}

				@Override
				public void visit(HardLineBreak node) {
					text.append(' ');
				}

			});
			return text.toString().strip();
		}

	}

}

package io.webexkit.client;

import java.net.URI;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/** Walks a listing lazily: one request per page, only when the previous page is used up. */
final class PageIterator<T> implements Iterator<T> {

	private final Supplier<Page<T>> first;

	private final Function<URI, Page<T>> following;

	private @Nullable Page<T> page;

	private Iterator<T> items = Collections.emptyIterator();

	PageIterator(Supplier<Page<T>> first, Function<URI, Page<T>> following) {
		this.first = first;
		this.following = following;
	}

	static <T> Stream<T> stream(Supplier<Page<T>> first, Function<URI, Page<T>> following) {
		Iterator<T> iterator = new PageIterator<>(first, following);
		return StreamSupport.stream(
				Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	@Override
	public boolean hasNext() {
		// Loops because a page in the middle may be empty while later ones are not.
		while (!this.items.hasNext()) {
			if (this.page == null) {
				this.page = this.first.get();
			}
			else if (this.page.hasNext()) {
				this.page = this.following.apply(this.page.next().get());
			}
			else {
				return false;
			}
			this.items = this.page.items().iterator();
		}
		return true;
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.items.next();
	}

}

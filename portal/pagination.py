from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator


def paginate(request, items, per_page):
    """The page of ``items`` asked for by ?page=; nonsense or out-of-range numbers fall back
    to the first or last page instead of an error."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)

from django import template

from portal import fragments


register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name = name
        self.nodelist = nodelist

    def render(self, context):
        # The page's own template in the name: a 404 rendered at a page's address is not
        # that page.
        return fragments.render(
            context.get("request"),
            context.template.origin.template_name,
            self.name.resolve(context),
            lambda: self.nodelist.render(context),
        )


@register.tag
def fragment(parser, token):
    """{% fragment "name" %}…{% endfragment %}: a part of the page kept rendered until
    what it shows changes (portal.fragments). The name is unique within a page."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% fragment %} takes one name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(parser.compile_filter(bits[1]), nodelist)

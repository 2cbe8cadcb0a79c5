"""The changes feed as Atom, for journalists who follow corrections in a feed reader."""
import datetime

from django.utils.feedgenerator import Atom1Feed
from rest_framework.renderers import BaseRenderer

FEED_TITLE = "Work report tracker: corrections"
FEED_DESCRIPTION = "Figures and verdicts that reviewers corrected after they were published."


class AtomRenderer(BaseRenderer):
    """Renders a page of the changes list (the newest first) as an Atom 1.0 feed."""

    media_type = "application/atom+xml"
    format = "atom"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        request = (renderer_context or {}).get("request")
        link = request.build_absolute_uri() if request is not None else "/"
        feed = Atom1Feed(title=FEED_TITLE, link=link, description=FEED_DESCRIPTION, feed_url=link, language="zh-cn")
        for change in (data or {}).get("results", []):
            when = datetime.datetime.fromisoformat(change["changed_at"])
            feed.add_item(
                title=change["title"],
                link=change["item_url"],
                description=change["summary"],
                unique_id=f"{change['item_url']}#change-{change['id']}",
                updateddate=when,
                pubdate=when,
            )
        return feed.writeString("utf-8").encode("utf-8")

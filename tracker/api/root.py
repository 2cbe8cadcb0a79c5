"""/api/v1/ itself: where each resource lives, so a client (or a journalist in a browser) can start
from the root instead of the docs."""
from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from tracker.public.links import unprefixed_reverse

RESOURCES = ("jurisdiction", "report", "indicator", "target", "outcome", "assessment", "scorecard", "change")


class ApiRoot(APIView):
    @extend_schema(exclude=True)
    def get(self, request):
        links = {f"{name}s": request.build_absolute_uri(reverse(f"api:{name}-list")) for name in RESOURCES}
        links["changes_atom"] = request.build_absolute_uri(reverse("api:change-feed"))
        links["schema"] = request.build_absolute_uri(reverse("api:schema"))
        links["docs"] = request.build_absolute_uri(reverse("api:docs"))
        links["guide"] = request.build_absolute_uri(unprefixed_reverse("public:journalists"))
        links["licence_and_citation"] = request.build_absolute_uri(unprefixed_reverse("public:data"))
        return Response(links)

"""The API router: every resource of the project under /api/."""

from rest_framework.routers import DefaultRouter

from articles.views import ArticleViewSet, SourceViewSet
from indicators.views import IndicatorViewSet
from localities.views import LocalityViewSet
from programs.views import ProgramViewSet

router = DefaultRouter()
router.register("sources", SourceViewSet, basename="source")
router.register("articles", ArticleViewSet, basename="article")
router.register("localities", LocalityViewSet, basename="locality")
router.register("programs", ProgramViewSet, basename="program")
router.register("indicators", IndicatorViewSet, basename="indicator")

urlpatterns = router.urls

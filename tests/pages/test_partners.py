"""Partner profiles: side, location and cluster facts validation."""

import datetime

import pytest

from pages.models import PartnerPage, Region
from tests import factories
from tests.pages.helpers import errors_of


@pytest.fixture
def partner(site_tree):
    """A valid French cluster, saved, to be made invalid field by field."""
    return factories.PartnerPageFactory(
        parent=site_tree.partners,
        title="Lyon Urban Trucks & Bus",
        kind=PartnerPage.Kind.EU_CLUSTER,
        country="FR",
        region=Region.objects.get(code="FRK2"),
    )


def test_valid_partner_passes(partner):
    partner.full_clean()
    assert (partner.side, partner.region.code) == ("EU", "FRK2")


@pytest.mark.parametrize(
    ("country", "side"), [("JP", "JP"), ("FR", "EU"), ("GR", "EU"), ("NO", "EU")]
)
# A new page looks up the default locale unless an earlier test cached it: always allow it.
@pytest.mark.django_db
def test_side_follows_the_country(country, side):
    assert PartnerPage(country=country).side == side


class TestSide:
    @pytest.mark.parametrize("kind", ["eu_region", "eu_municipality", "eu_cluster"])
    def test_eu_kind_in_japan_is_rejected(self, partner, kind):
        partner.kind, partner.country, partner.region = kind, "JP", None
        assert errors_of(partner) == {
            "kind": ["A Japanese partner cannot be an EU region, municipality or cluster."]
        }

    @pytest.mark.parametrize("kind", ["jp_prefecture", "jp_city", "jp_cluster"])
    def test_jp_kind_outside_japan_is_rejected(self, partner, kind):
        partner.kind = kind
        assert errors_of(partner) == {
            "kind": ["A Japanese prefecture, city or cluster must be in Japan (JP)."]
        }

    @pytest.mark.parametrize("kind", ["agency", "network"])
    def test_agencies_and_networks_can_be_on_either_side(self, partner, kind):
        partner.kind = kind
        partner.full_clean()
        partner.country, partner.region = "JP", Region.objects.get(code="13")
        partner.full_clean()

    def test_unknown_country_is_rejected(self, partner):
        partner.country, partner.region = "US", None
        assert errors_of(partner) == {"country": ["Value 'US' is not a valid choice."]}


class TestRegion:
    def test_eu_partner_with_a_prefecture_is_rejected(self, partner):
        partner.region = Region.objects.get(code="13")
        assert errors_of(partner) == {
            "region": ["A European partner's region is a NUTS 2024 region."]
        }

    def test_jp_partner_with_a_nuts_region_is_rejected(self, partner):
        partner.kind, partner.country = PartnerPage.Kind.JP_PREFECTURE, "JP"
        partner.region = Region.objects.get(code="FR10")
        assert errors_of(partner) == {
            "region": ["A Japanese partner's region is one of the 47 prefectures."]
        }

    def test_region_in_another_country_is_rejected(self, partner):
        partner.region = Region.objects.get(code="DE21")
        assert errors_of(partner) == {"region": ["NUTS region DE21 is not in FR."]}

    def test_greek_partner_takes_an_el_region(self, partner):
        # NUTS writes Greece as EL, ISO 3166-1 as GR: the two must match.
        partner.country, partner.region = "GR", Region.objects.get(code="EL30")
        partner.full_clean()

    def test_el_is_not_a_country_code(self, partner):
        partner.country, partner.region = "EL", Region.objects.get(code="EL30")
        assert errors_of(partner) == {
            "country": ["Value 'EL' is not a valid choice."],
            "region": ["NUTS region EL30 is not in EL."],
        }

    def test_japanese_prefecture_partner(self, partner):
        partner.kind, partner.country = PartnerPage.Kind.JP_PREFECTURE, "JP"
        partner.region = Region.objects.get(code="40")
        partner.full_clean()
        assert partner.side == "JP"

    def test_region_is_optional(self, partner):
        partner.region = None
        partner.full_clean()

    def test_unknown_region_code_is_a_field_error(self, partner):
        partner.region_id = "ZZ99"
        assert errors_of(partner) == {
            "region": ["region instance with code 'ZZ99' is not a valid choice."]
        }


class TestClusterFacts:
    def test_label_without_year_is_rejected(self, partner):
        partner.cluster_label = PartnerPage.ClusterLabel.GOLD
        assert errors_of(partner) == {
            "cluster_label_year": ["Give the year the label was awarded."]
        }

    def test_year_without_label_is_rejected(self, partner):
        partner.cluster_label_year = 2021
        assert errors_of(partner) == {"cluster_label": ["Choose the label the year refers to."]}

    def test_label_with_year_passes(self, partner):
        partner.cluster_label, partner.cluster_label_year = PartnerPage.ClusterLabel.SILVER, 2021
        partner.full_clean()

    def test_label_year_in_the_future_is_rejected(self, partner):
        partner.cluster_label = PartnerPage.ClusterLabel.BRONZE
        partner.cluster_label_year = datetime.date.today().year + 1
        assert errors_of(partner) == {
            "cluster_label_year": ["A label cannot be awarded in the future."]
        }

    def test_label_year_before_the_labels_existed_is_rejected(self, partner):
        partner.cluster_label, partner.cluster_label_year = PartnerPage.ClusterLabel.GOLD, 2008
        assert errors_of(partner) == {
            "cluster_label_year": ["Ensure this value is greater than or equal to 2009."]
        }

    def test_more_smes_than_members_is_rejected(self, partner):
        partner.members_count, partner.sme_count = 120, 121
        assert errors_of(partner) == {"sme_count": ["There cannot be more SMEs than members."]}

    @pytest.mark.parametrize(("members", "smes"), [(120, 120), (120, 80), (None, 80), (120, None)])
    def test_smes_up_to_members_pass(self, partner, members, smes):
        partner.members_count, partner.sme_count = members, smes
        partner.full_clean()

    @pytest.mark.parametrize(
        "url",
        [
            "https://www.example.com/cluster/lutb",
            "https://clustercollaboration.eu.example.com/x",
            "https://notclustercollaboration.eu/x",
        ],
    )
    def test_eccp_profile_off_the_platform_is_rejected(self, partner, url):
        partner.eccp_profile_url = url
        assert errors_of(partner) == {
            "eccp_profile_url": ["An ECCP profile lives on clustercollaboration.eu."]
        }

    @pytest.mark.parametrize(
        "url",
        [
            "https://clustercollaboration.eu/cluster-organisations/lutb",
            "https://reporting.clustercollaboration.eu/profile/42",
        ],
    )
    def test_eccp_profile_on_the_platform_passes(self, partner, url):
        partner.eccp_profile_url = url
        partner.full_clean()

    def test_several_errors_are_reported_together(self, partner):
        partner.kind, partner.country = PartnerPage.Kind.JP_CLUSTER, "DE"
        partner.members_count, partner.sme_count = 1, 2
        partner.cluster_label = PartnerPage.ClusterLabel.GOLD
        assert errors_of(partner) == {
            "kind": ["A Japanese prefecture, city or cluster must be in Japan (JP)."],
            "region": ["NUTS region FRK2 is not in DE."],
            "cluster_label_year": ["Give the year the label was awarded."],
            "sme_count": ["There cannot be more SMEs than members."],
        }

"""Nepali recall: grades, ages of relatives, number words, forced labour."""

from __future__ import annotations

import pytest

from triage import assess

LANG = "ne"

POSITIVES = [
    (
        "म कक्षा ९ मा पढ्छु र राति कुखुराको कारखानामा काम गर्छु",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("म अझै हाई स्कुलमा पढ्छु, स्कुलपछि कारखानामा मेसिन सफा गर्छु", True, ("hazardous_work",)),
    ("म नाबालक हुँ, उनीहरूले मलाई फोर्कलिफ्ट चलाउन लगाए", True, ("hazardous_work",)),
    ("मासु कारखानाको लाइनमा १३ वर्षका केटाकेटी काम गर्छन्", True, ("hazardous_work",)),
    ("मेरो भाइ सोह्र वर्षको छ, बधशालामा काम गर्छ", True, ("hazardous_work",)),
    ("मेरी बहिनी कारखानामा मासु प्याक गर्छे, ऊ १५ वर्षकी मात्र हो", True, ("hazardous_work",)),
    (
        "उनीहरूले बधशालामा राति सफाइ टोलीमा नाबालकहरूलाई काममा राखे",
        True,
        ("hazardous_work", "night_or_school_hours"),
    ),
    ("मेरो भाइ मासु काट्ने काम गर्छ, ऊ चौध वर्षको मात्र हो", True, ("hazardous_work",)),
    ("मालिकले हाम्रो फोन खोस्यो, परिवारलाई फोन गर्न पाउँदैनौं", False, ("isolation",)),
    ("बाहिर कसैसँग सम्पर्क छैन, अरू कामदारसँग कुरा गर्न दिँदैनन्", False, ("isolation",)),
    ("सुपरभाइजरले उजुरी गरे इमिग्रेसनलाई बोलाउँछु भन्यो", False, ("intimidation_threats",)),
    ("गयौ भने तिम्रो परिवारलाई केही हुन्छ भन्यो", False, ("intimidation_threats",)),
    ("उजुरी गर्नेलाई निकालिन्छ, यो क्षेत्रमा अर्को काम पाउँदैन", False, ("intimidation_threats",)),
    ("कागजात नभएकोले हामीलाई कम तलब दिन्छन्", False, ("abuse_of_vulnerability",)),
    ("हामीसँग जाने अरू ठाउँ छैन भन्ने उसलाई थाहा छ", False, ("abuse_of_vulnerability",)),
    ("डेराबाट बाहिर जान पाउँदैनौं, राति गेट बन्द गरिन्छ र गार्ड छ", False, ("restriction_of_movement",)),
    ("सुपरभाइजरसँग मात्र बाहिर जान दिन्छन्", False, ("restriction_of_movement",)),
    ("सिजनको अन्त्यमा मात्र तलब दिन्छन्", False, ("withholding_of_wages",)),
    ("मालिकले हरेक हप्ता तलबको केही भाग राख्छ", False, ("withholding_of_wages",)),
    ("तीन महिनादेखि तलब पाएका छैनौं", False, ("withholding_of_wages",)),
]

NEGATIVES = [
    "मसँग बेकरीमा १५ वर्षको अनुभव छ",
    "मेरो छोरा १६ वर्षको छ, स्कुल जान्छ, काम गर्दैन",
    "म १७ वर्षको हुँदा यहाँ काम सुरु गरें, अहिले ३० वर्षको छु",
    "म हरेक रात परिवारलाई फोन गर्छु",
    "मेरो मालिक राम्रो छ, कहिल्यै कसैलाई धम्की दिएको छैन",
    "हरेक शुक्रबार समयमै तलब दिन्छन्",
    "म जहिले पनि घरबाट बाहिर जान सक्छु",
    "मेरी छोरी कक्षा ९ मा पढ्छे, म पसलमा काम गर्छु",
    "मेरो कागजात र राहदानी मसँगै छ, सबै ठीक छ",
    "भोलि हिउँका कारण स्कुल बन्द छ",
]


@pytest.mark.parametrize(("text", "minor", "codes"), POSITIVES)
def test_recall_positive(text: str, minor: bool, codes: tuple[str, ...]) -> None:
    result = assess(text, LANG)
    assert result.minor is minor
    assert set(codes) <= set(result.indicators)


@pytest.mark.parametrize("text", NEGATIVES)
def test_recall_negative(text: str) -> None:
    result = assess(text, LANG)
    assert not result.minor
    assert result.indicators == ()

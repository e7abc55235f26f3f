"""Stock exchanges as news copy and the company list name them, and the country each is in.

Reference data about exchanges (not companies): it reads "Nissan (TYO:7201)" and Yahoo's
"7201.T", and tells a company's home listing from a listing abroad ("Taiwan's Foxconn
(SS:601138)" is a mainland subsidiary's A-share, not the Taiwanese company's).
"""

from __future__ import annotations

# code as written in brackets -> country; the first code of each country is the one shown
EXCHANGE_COUNTRY = {
    "NYSE": "United States", "NASDAQ": "United States", "Nasdaq": "United States", "AMEX": "United States",
    "OTC": "United States", "OTCMKTS": "United States",
    "TYO": "Japan", "TSE": "Japan", "TSX": "Canada",
    "SS": "China", "SHA": "China", "SZ": "China", "SHE": "China",
    "HK": "Hong Kong", "HKG": "Hong Kong", "HKEX": "Hong Kong",
    "LON": "United Kingdom", "LSE": "United Kingdom", "EPA": "France",
    "ETR": "Germany", "FRA": "Germany", "XETRA": "Germany",
    "KRX": "South Korea", "KOSDAQ": "South Korea", "TWSE": "Taiwan", "TPE": "Taiwan",
    "ASX": "Australia", "BIT": "Italy", "AMS": "Netherlands", "EBR": "Belgium",
    "SWX": "Switzerland", "SIX": "Switzerland", "NSE": "India", "BSE": "India",
    "STO": "Sweden", "CPH": "Denmark", "HEL": "Finland", "OSL": "Norway", "BME": "Spain",
    "SGX": "Singapore", "JSE": "South Africa",
}

# Yahoo's suffix of a symbol ("7201.T") -> the exchange code news copy uses ("TYO")
YAHOO_SUFFIX_EXCHANGE = {
    "T": "TYO", "TO": "TSX", "SS": "SHA", "SZ": "SHE", "HK": "HKG", "L": "LON", "PA": "EPA",
    "DE": "ETR", "F": "FRA", "KS": "KRX", "KQ": "KOSDAQ", "TW": "TWSE", "AX": "ASX", "MI": "BIT",
    "AS": "AMS", "BR": "EBR", "SW": "SWX", "NS": "NSE", "BO": "BSE", "ST": "STO", "CO": "CPH",
    "HE": "HEL", "OL": "OSL", "MC": "BME", "SI": "SGX", "JO": "JSE",
}

# how copy names a company's home ("Japan's Nissan", "Taiwanese Foxconn") -> country
COUNTRY_WORDS = {
    "Japan": "Japan", "Japanese": "Japan", "Taiwan": "Taiwan", "Taiwanese": "Taiwan",
    "China": "China", "Chinese": "China", "Hong Kong": "Hong Kong", "Korea": "South Korea",
    "South Korea": "South Korea", "Korean": "South Korea", "South Korean": "South Korea",
    "US": "United States", "U.S.": "United States", "American": "United States",
    "Canada": "Canada", "Canadian": "Canada", "Britain": "United Kingdom", "UK": "United Kingdom",
    "British": "United Kingdom", "France": "France", "French": "France", "Germany": "Germany",
    "German": "Germany", "Italy": "Italy", "Italian": "Italy", "Netherlands": "Netherlands",
    "Dutch": "Netherlands", "Belgium": "Belgium", "Belgian": "Belgium", "Switzerland": "Switzerland",
    "Swiss": "Switzerland", "India": "India", "Indian": "India", "Sweden": "Sweden", "Swedish": "Sweden",
    "Denmark": "Denmark", "Danish": "Denmark", "Finland": "Finland", "Finnish": "Finland",
    "Norway": "Norway", "Norwegian": "Norway", "Spain": "Spain", "Spanish": "Spain",
    "Singapore": "Singapore", "Australia": "Australia", "Australian": "Australia",
    "South Africa": "South Africa", "South African": "South Africa",
}

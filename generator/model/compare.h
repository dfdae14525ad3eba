#pragma once
// Year-over-year comparison of a board's risks: which risk of one plan year is which risk of the
// next, and what happened to it. Pure logic; the pages that show it live elsewhere.
//
// How risks are matched (written so that a page can retell it):
//
//  The risks of a year are the scored risks of its risk analysis in source order, then the risks of
//  its urval (which have a risk value but no number, probability or consequence). Each risk of the
//  earlier year is matched to at most one risk of the later year, in three passes; a pass only sees
//  the risks earlier passes left unmatched.
//
//  1. Exact: the undesired event reads the same, character for character, once surrounding
//     whitespace is trimmed. Score 1.
//  2. Normalised: the events read the same once case, punctuation and spacing are ignored
//     (see normalise_text). Score 1.
//  3. Fuzzy: the events share enough words. score = 0.8 × the events' word similarity + 0.2 × the
//     processes' word similarity (see word_similarity); a pair is accepted when the score is at
//     least kFuzzyThreshold (0.55).
//
//  Within a pass, candidate pairs are taken greedily: first pairs whose processes carry the same
//  name (same_name), then the higher score, then the later year's source order, then the earlier
//  year's. Events without a single letter or digit are never matched.
//
// What happened to a matched pair:
//  - Moved: both risks are scored and probability or consequence differs (the RV may differ too);
//  - RV changed: the risk value differs (one of them is an urval risk, known by its RV only);
//  - Unchanged: otherwise.
//  A risk of the later year left unmatched is New; one of the earlier year is Gone.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/types.h"

namespace insyn {

/// The least fuzzy score accepted as the same risk. Tuned on the amn plans 2014–2021, where the scores
/// fall apart at it: every pair from 0.565 up is one risk reworded ("Personuppgifter hanteras inte
/// korrekt" / "…hanteras inkorrekt" 0.61, "Ökad sjukfrånvaro" / "Ökad sjukfrånvaro/ohälsa" 0.64),
/// while the pairs just below share a subject but not the event ("Staden betalar för privata resor" /
/// "Staden betalar ut för ej berättigade utlägg och moms" 0.54, "Kunskap om allmänna handlingar
/// saknas" / "Allmänna handlingar registreras inte" 0.51). Rewordings that share few words (such as
/// "Långtidssjukskrivning…" / "Längre sjukfrånvaroperioder…", 0.52) stay unmatched: Gone and New.
inline constexpr double kFuzzyThreshold = 0.55;

/// How two risks of consecutive years were matched.
enum class MatchKind { Exact, Normalised, Fuzzy };

/// What happened to a risk between two years.
enum class ChangeKind { New, Gone, Moved, RvChanged, Unchanged };

/// One risk of a year as the comparison sees it: a scored risk of the VoR or a risk of the urval selection
/// (RV only).
struct ComparedRisk {
  int year = 0;
  int nr = 0;                  ///< 0 for a selection risk (it has no number)
  size_t selection_index = 0;  ///< index in Vor::selection->risks when nr == 0
  std::string process;         ///< the process's name as printed
  std::string method;          ///< working method (arbetssätt), may be empty
  std::string event;
  std::optional<int> probability;  ///< absent for selection risks
  std::optional<int> consequence;  ///< absent for selection risks
  int rv = 0;                      ///< P × K for a scored risk, as printed for a selection risk
};

/// One risk's fate between two years: a matched pair, or a risk only one of the years has.
struct RiskChange {
  ChangeKind kind = ChangeKind::Unchanged;
  std::optional<ComparedRisk> before;  ///< absent for New
  std::optional<ComparedRisk> after;   ///< absent for Gone
  std::optional<MatchKind> match;      ///< absent for New and Gone
  double score = 0;                    ///< 1 for Exact and Normalised, the fuzzy score for Fuzzy, 0 unmatched
};

/// The changes between two plan years of one organisation.
struct YearComparison {
  int from = 0;
  int to = 0;
  /// Matched pairs in the later year's order, then New risks in the later year's order, then Gone
  /// risks in the earlier year's order.
  std::vector<RiskChange> changes;
  /// How many changes are of this kind.
  size_t count(ChangeKind kind) const;
  /// How many pairs were matched this way.
  size_t count(MatchKind kind) const;
};

/// The risks of a year: the VoR's scored risks in source order, then its selection; none without a VoR.
std::vector<ComparedRisk> compared_risks(const PlanYear& year);

/// Matches the risks of two years and classifies each change (the rule above). Deterministic.
YearComparison compare_years(const PlanYear& earlier, const PlanYear& later);

/// Lowercased (ASCII and the Latin-1 letters, so Swedish å ä ö é ü, UTF-8), punctuation and
/// whitespace runs folded to one space, trimmed: "Elevernas  NÄRVARO!" → "elevernas närvaro".
std::string normalise_text(const std::string& text);

/// Similarity 0..1 of two texts by their word sets: the Dice coefficient 2|A∩B| / (|A| + |B|) on
/// the normalised words of at least two letters. 0 when either text has no such word.
double word_similarity(const std::string& a, const std::string& b);

}  // namespace insyn

#include "secaction/history/trend.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace secaction::history {

std::optional<Trend> build_trend(const std::vector<Snapshot>& snapshots, Diagnostics& diagnostics) {
  if (snapshots.empty()) {
    diagnostics.error({"trend"}, "no results to chart; give answer files or JSON results");
    return std::nullopt;
  }
  const std::size_t errors_before = diagnostics.error_count();
  std::vector<const Snapshot*> points;
  for (const auto& snapshot : snapshots) {
    points.push_back(&snapshot);
    if (!snapshot.assessed_on) {
      diagnostics.error({snapshot.source},
                        "assessed_on: missing; trend orders results by their assessment date (give assessed_on in the file)");
    }
  }
  same_instrument(points, "trend", diagnostics);
  if (diagnostics.error_count() != errors_before) return std::nullopt;

  std::stable_sort(points.begin(), points.end(), [](const Snapshot* a, const Snapshot* b) {
    if (*a->assessed_on != *b->assessed_on) return *a->assessed_on < *b->assessed_on;
    return a->source < b->source;
  });
  Trend trend;
  trend.instrument = points.front()->instrument;
  for (const auto* point : points) {
    if (std::find(trend.organizations.begin(), trend.organizations.end(), point->organization.name) == trend.organizations.end()) {
      trend.organizations.push_back(point->organization.name);
    }
  }
  if (trend.organizations.size() > 1) {
    std::vector<std::string> names;
    for (const auto& name : trend.organizations) names.push_back("'" + name + "'");
    diagnostics.warning({points.front()->source},
                        fmt::format("organization: the results name {} organisations ({}); a trend is meant for one, so check "
                                    "that these are the same organisation",
                                    trend.organizations.size(), fmt::join(names, ", ")));
  }
  trend.points = std::move(points);
  return trend;
}

} // namespace secaction::history

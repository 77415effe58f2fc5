namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>Orders an opportunity's stage entries into its history and marks how each was left.</summary>
internal static class StageHistory
{
    /// <summary>
    /// Entries in order of time; entries at the same instant follow the chain (the next one's from-stage is the previous one's
    /// stage), so a fake clock or one millisecond does not scramble them. Each entry is left at the next one's time, forward when
    /// the next is won or a later open stage.
    /// </summary>
    public static void Link(List<StageEntry> entries)
    {
        var pending = entries.OrderBy(e => e.At).ThenBy(e => e.FromStageId is null ? 0 : 1).ToList();
        var ordered = new List<StageEntry>(pending.Count);
        while (pending.Count > 0)
        {
            var previous = ordered.LastOrDefault();
            var next = pending.FirstOrDefault(e => previous is not null && e.At == pending[0].At && e.FromStageId == previous.StageId) ?? pending[0];
            pending.Remove(next);
            ordered.Add(next);
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            var next = i + 1 < ordered.Count ? ordered[i + 1] : null;
            entry.LeftAt = next?.At;
            entry.MovedOn = next is not null && (next.Kind == "WON" || (next.Kind == "OPEN" && next.StagePosition > entry.StagePosition));
            entry.MinutesInStage = next is null ? null : Minutes(next.At - entry.At);
        }
    }

    /// <summary>A span in whole minutes, rounded half away from zero.</summary>
    public static long Minutes(TimeSpan span) => (long)Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero);
}

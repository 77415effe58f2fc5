namespace SalesSuite.Modules.Team.Domain;

/// <summary>The manager tree's rule: a rep is never placed below themself.</summary>
internal static class ManagerTree
{
    /// <summary>
    /// True when putting <paramref name="repUserId"/> below <paramref name="managerUserId"/> would make a cycle: the rep is the
    /// manager or one of the managers above them. <paramref name="managers"/> maps each rep's user id to their manager's.
    /// </summary>
    public static bool WouldCycle(string repUserId, string managerUserId, IReadOnlyDictionary<string, string?> managers)
    {
        var current = managerUserId;
        var steps = 0;
        while (current is not null && steps++ < managers.Count + 1)
        {
            if (current == repUserId)
            {
                return true;
            }

            current = managers.GetValueOrDefault(current);
        }

        return false;
    }
}

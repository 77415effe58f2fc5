using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace SalesSuite.SharedKernel.Data;

/// <summary>
/// Change tracking for a <c>List&lt;string&gt;</c> column: equal when the items are equal in order (ordinal), snapshot a copy.
/// Its expressions only call the static methods below, so the compiled delegates allocate nothing but the snapshot.
/// </summary>
internal sealed class StringListComparer : ValueComparer<List<string>>
{
    public static readonly StringListComparer Instance = new();

    private StringListComparer()
        : base((a, b) => Same(a, b), list => Hash(list), list => Copy(list))
    {
    }

    private static bool Same(List<string>? a, List<string>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int Hash(List<string>? list)
    {
        var hash = new HashCode();
        foreach (var item in list ?? [])
        {
            hash.Add(item, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    private static List<string> Copy(List<string>? list) => list is null ? null! : [.. list];
}

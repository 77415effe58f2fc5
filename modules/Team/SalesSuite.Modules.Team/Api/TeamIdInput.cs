using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.Modules.Team.Api;

/// <summary>A <c>teamId</c> as the rep features take it: left out, cleared (null or blank), or a Team id to decode.</summary>
internal static class TeamIdInput
{
    /// <summary>The team id sent as text, decoded; VALIDATION when it is not a Team id.</summary>
    public static Optional<Guid?> Decode(Optional<string?> sent) =>
        !sent.HasValue ? Optional<Guid?>.Unset
        : InputValues.Clean(sent.Value) is null ? Optional<Guid?>.Of(null)
        : GlobalId.Decode(sent.Value, "Team", "teamId");

    /// <summary>The text of a <c>teamId</c> field as sent (not trimmed, as ids are decoded), or left out.</summary>
    public static Optional<string?> Read(InputValues values) => values.Has("teamId") ? values.RawText("teamId") : Optional<string?>.Unset;
}

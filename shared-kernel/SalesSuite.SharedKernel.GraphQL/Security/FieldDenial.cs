using GraphQL;
using GraphQL.Types;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.Security;

/// <summary>
/// Which fields a role may be denied (<c>deniedFields</c> of a role) and what each denial covers, declared on the fields
/// where they are defined: <see cref="Deniable"/> on the field a role can name, <see cref="DerivedFrom"/> on every field
/// whose value is computed from (or adds up to) a deniable one, so that denying the one covers the others: converted and
/// weighted amounts, statistics, report measures, forecasts. The host enforces it in one place (a field middleware: the
/// field is null with one FORBIDDEN error at its path, the rest of the response stands), lists and filters refuse
/// <c>where</c>/<c>order</c> on a covered field (<see cref="GraphQL.QuerySpec{T}"/>), and report documents leave covered
/// figures out. Every such field must be nullable: the composer stops start-up otherwise.
/// </summary>
public static class FieldDenial
{
    /// <summary>Metadata: the field may be named in a role's <c>deniedFields</c>.</summary>
    public const string DeniableKey = "salessuite:deniable";

    /// <summary>Metadata: the deniable fields (<c>Type.field</c>) this field is derived from (<see cref="IReadOnlyList{T}"/> of string).</summary>
    public const string DerivedFromKey = "salessuite:derived-from";

    /// <summary>Metadata: a function of the field's source giving the deniable fields its value is derived from (stored documents).</summary>
    public const string DerivedFromSourceKey = "salessuite:derived-from-source";

    /// <summary>Metadata: a number that is derived from no deniable field (a rate, a count, a setting), declared so on purpose.</summary>
    public const string NotDerivedKey = "salessuite:not-derived";

    /// <summary>A role may be denied this field: it answers null with a FORBIDDEN error for such a role, so it must be nullable.</summary>
    public static TField Deniable<TField>(this TField field) where TField : FieldType
    {
        field.WithMetadata(DeniableKey, true);
        return field;
    }

    /// <summary>
    /// This field's value is derived from <paramref name="deniable"/> (each <c>Type.field</c>, a <see cref="Deniable"/> field): a role
    /// denied one of them gets null and a FORBIDDEN error here too, and may not filter or sort on it.
    /// </summary>
    public static TField DerivedFrom<TField>(this TField field, params string[] deniable) where TField : FieldType
    {
        field.WithMetadata(DerivedFromKey, (IReadOnlyList<string>)[.. field.GetMetadata<IReadOnlyList<string>?>(DerivedFromKey) ?? [], .. deniable]);
        return field;
    }

    /// <summary>
    /// The value of this field is derived from deniable fields that depend on the object (e.g. the measures a stored report shows):
    /// <paramref name="deniable"/> reads them from the field's source.
    /// </summary>
    public static TField DerivedFromSource<TField>(this TField field, Func<object, IReadOnlyCollection<string>> deniable) where TField : FieldType
    {
        field.WithMetadata(DerivedFromSourceKey, deniable);
        return field;
    }

    /// <summary>Declares that this number is derived from no deniable field (checked by a test that every amount-like field says which it is).</summary>
    public static TField NotDerived<TField>(this TField field) where TField : FieldType
    {
        field.WithMetadata(NotDerivedKey, true);
        return field;
    }

    public static bool IsDeniable(FieldType field) => field.GetMetadata(DeniableKey, false);

    /// <summary>The deniable fields this field is statically derived from.</summary>
    public static IReadOnlyList<string> SourcesOf(FieldType field) => field.GetMetadata<IReadOnlyList<string>?>(DerivedFromKey) ?? [];

    /// <summary>Whether a role can be denied this field, itself or through what it is derived from.</summary>
    public static bool CanBeDenied(FieldType field) =>
        IsDeniable(field) || SourcesOf(field).Count > 0 || field.HasMetadata(DerivedFromSourceKey);

    /// <summary>
    /// The entry of <paramref name="grant"/>'s denied fields that covers <paramref name="field"/> of <paramref name="typeName"/>
    /// (the field itself, or one it is derived from); null when the grant lets it be read.
    /// </summary>
    public static string? DeniedBy(AccessGrant grant, string typeName, FieldType field, object? source = null)
    {
        if (grant.DeniedFields.Count == 0)
        {
            return null;
        }

        var own = typeName + "." + field.Name;
        if (grant.DeniedFields.Contains(own))
        {
            return own;
        }

        if (SourcesOf(field).FirstOrDefault(grant.DeniedFields.Contains) is { } derived)
        {
            return derived;
        }

        return source is not null && field.GetMetadata<Func<object, IReadOnlyCollection<string>>?>(DerivedFromSourceKey) is { } of
            ? of(source).FirstOrDefault(grant.DeniedFields.Contains)
            : null;
    }

    /// <summary>Whether <paramref name="grant"/> denies any of <paramref name="deniable"/> (e.g. the fields a stored document's figures come from).</summary>
    public static string? FirstDenied(AccessGrant? grant, IEnumerable<string> deniable) =>
        grant is { DeniedFields.Count: > 0 } ? deniable.FirstOrDefault(grant.DeniedFields.Contains) : null;

    /// <summary>The error a denied field answers with (one per field and path).</summary>
    public static AppException Forbidden(string field, string deniedBy) => new(ErrorCodes.Forbidden, field == deniedBy
        ? $"Your role may not read {field}."
        : $"Your role may not read {deniedBy}, from which {field} is derived.");

    /// <summary>The sentence the composer adds to the description of every field that can be denied.</summary>
    public static string Note(FieldType field)
    {
        var sources = SourcesOf(field);
        if (IsDeniable(field))
        {
            return "Null, with a FORBIDDEN error, when your role is denied this field.";
        }

        return sources.Count > 0
            ? $"Null, with a FORBIDDEN error, when your role is denied {string.Join(" or ", sources)}, from which it is derived."
            : "Null, with a FORBIDDEN error, when your role is denied a field its figures are derived from.";
    }
}

/// <summary>
/// The fields of the composed schema a role can be denied (<see cref="FieldDenial.Deniable"/>), and what each denial covers:
/// the Permissions module refuses a role naming any other field.
/// </summary>
public interface IDeniableFields
{
    /// <summary>The deniable fields as <c>Type.field</c>, sorted.</summary>
    IReadOnlyList<string> All { get; }

    /// <summary>The fields (<c>Type.field</c>) a denial of <paramref name="deniable"/> covers besides itself, sorted.</summary>
    IReadOnlyList<string> CoveredBy(string deniable);
}

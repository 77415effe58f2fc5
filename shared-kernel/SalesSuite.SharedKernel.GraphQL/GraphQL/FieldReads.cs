using GraphQL.Builders;
using GraphQL.Types;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// What an output field reads of the object it resolves on: the entity members (property names) its resolver uses. A list
/// whose selected fields all say so loads only those columns (<see cref="NodeProjection{T}"/>); a field that says nothing
/// gets the whole entity. Say it only for a resolver that reads nothing else: a member left out reads as its default.
/// </summary>
public static class FieldReads
{
    public const string Key = "salessuite:reads";

    /// <summary>The field reads only <paramref name="members"/> (none: only the entity's key) of its source.</summary>
    public static TField Reads<TField>(this TField field, params string[] members) where TField : FieldType
    {
        field.Metadata[Key] = members;
        return field;
    }

    /// <inheritdoc cref="Reads{TField}(TField, string[])"/>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(this FieldBuilder<TSource, TReturn> builder, params string[] members)
    {
        builder.FieldType.Reads(members);
        return builder;
    }

    /// <summary>The members the field declared it reads, or null when it declared nothing.</summary>
    public static IReadOnlyList<string>? Of(FieldType field) =>
        field.Metadata.TryGetValue(Key, out var members) ? members as string[] : null;
}

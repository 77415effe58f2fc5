using System.Collections;
using SalesSuite.SharedKernel.Primitives;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// The fields of one input object as GraphQL.NET parsed them, read once into a typed input record by its
/// <see cref="TypedInputGraphType{TInput}"/>. Texts are trimmed and blank ones read as null; <c>Optional*</c> keep "left
/// out" apart from "sent as null".
/// </summary>
public sealed class InputValues(IDictionary<string, object?> values)
{
    public bool Has(string field) => values.ContainsKey(field);

    /// <summary>The text trimmed; null when it is null, blank or left out.</summary>
    public string? Text(string field) => Clean(values.TryGetValue(field, out var v) ? v as string : null);

    /// <summary>The text exactly as sent (ids, separators): not trimmed.</summary>
    public string? RawText(string field) => values.TryGetValue(field, out var v) ? v as string : null;

    public Optional<string?> OptionalText(string field) => Has(field) ? Text(field) : Optional<string?>.Unset;

    public T? Value<T>(string field) where T : struct => values.TryGetValue(field, out var v) && v is not null ? (T)v : null;

    public Optional<T?> OptionalValue<T>(string field) where T : struct => Has(field) ? Value<T>(field) : Optional<T?>.Unset;

    /// <summary>A list of texts, each trimmed; null when null or left out.</summary>
    public IReadOnlyList<string>? Texts(string field) =>
        values.TryGetValue(field, out var v) && v is IEnumerable list and not string ? list.OfType<string>().Select(s => s.Trim()).ToList() : null;

    public Optional<IReadOnlyList<string>?> OptionalTexts(string field) => Has(field) ? Optional<IReadOnlyList<string>?>.Of(Texts(field)) : default;

    public IReadOnlyList<T>? Values<T>(string field) where T : struct =>
        values.TryGetValue(field, out var v) && v is IEnumerable list and not string ? list.Cast<object?>().OfType<T>().ToList() : null;

    /// <summary>A nested input object that its own typed input graph type has already read.</summary>
    public T? Object<T>(string field) where T : class => values.TryGetValue(field, out var v) ? v as T : null;

    public Optional<T?> OptionalObject<T>(string field) where T : class => Has(field) ? Optional<T?>.Of(Object<T>(field)) : default;

    /// <summary>A list of nested input objects, each already read by its typed input graph type; empty when null or left out.</summary>
    public IReadOnlyList<T> Objects<T>(string field) where T : class =>
        values.TryGetValue(field, out var v) && v is IEnumerable list and not string ? list.OfType<T>().ToList() : [];

    /// <summary>The raw value (an uploaded file, say), for the handler to check.</summary>
    public object? Raw(string field) => values.TryGetValue(field, out var v) ? v : null;

    /// <summary>How every input text is read: trimmed, and null when blank (the CSV import reads its cells the same way).</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

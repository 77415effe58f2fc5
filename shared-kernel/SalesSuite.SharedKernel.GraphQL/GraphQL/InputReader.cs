using System.Collections;
using GraphQL;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// Reads a mutation's <c>input</c> object as GraphQL.NET parsed it, keeping the difference between a field
/// that was left out (unchanged) and one sent as null (cleared): what patch-style updates need.
/// </summary>
public sealed class InputReader(IDictionary<string, object?> values, string path = "input")
{
    public static InputReader From(IResolveFieldContext context, string argument = "input") =>
        new(context.GetArgument<Dictionary<string, object?>>(argument) ?? new Dictionary<string, object?>(), argument);

    public string Path => path;

    public bool Has(string field) => values.ContainsKey(field);

    public string FieldPath(string field) => path == "input" ? field : $"{path}.{field}";

    public string? String(string field)
    {
        var value = values.TryGetValue(field, out var v) ? v as string : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public T? Value<T>(string field) where T : struct =>
        values.TryGetValue(field, out var v) && v is not null ? (T)v : null;

    public Guid Id(string field, string typeName) => GlobalId.Decode(values.TryGetValue(field, out var v) ? v as string : null, typeName, FieldPath(field));

    public List<string>? Strings(string field) =>
        values.TryGetValue(field, out var v) && v is IEnumerable list ? list.OfType<string>().Select(s => s.Trim()).ToList() : null;

    public List<T>? Values<T>(string field) where T : struct =>
        values.TryGetValue(field, out var v) && v is IEnumerable list and not string ? list.Cast<object?>().OfType<T>().ToList() : null;

    public InputReader? Object(string field) =>
        values.TryGetValue(field, out var v) && v is IDictionary<string, object?> dict ? new InputReader(dict, FieldPath(field)) : null;

    public List<InputReader> Objects(string field) =>
        values.TryGetValue(field, out var v) && v is IEnumerable list
            ? list.OfType<IDictionary<string, object?>>().Select((d, i) => new InputReader(d, $"{FieldPath(field)}[{i}]")).ToList()
            : [];

    /// <summary>The file of an <c>Upload</c> field; VALIDATION unless it came as a file part of a multipart request.</summary>
    public IUploadedFile File(string field) =>
        values.TryGetValue(field, out var v) && v is IUploadedFile file
            ? file
            : throw Invalid(FieldPath(field),
                "must be a file sent as a part of a multipart/form-data request (GraphQL multipart request specification), not a value inside the JSON.");

    public static AppException Invalid(string field, string message) =>
        new(ErrorCodes.Validation, $"{field} {message}", [new FieldError(field, message)]);
}

namespace SalesSuite.SharedKernel.Errors;

/// <summary>One problem with one input field; <see cref="Field"/> is the path inside the mutation input, e.g. <c>contacts[0].email</c>.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// An error the client caused and can act on (a rule of the domain, a record that is not there, a stale version). It is
/// a plain exception, so the domain that throws it knows nothing of GraphQL: the API turns it into a GraphQL error with
/// <c>extensions.code</c> <see cref="Code"/> and <c>extensions.fields</c> (the host's <c>ClientError</c>).
/// </summary>
public class AppException : Exception
{
    public AppException(string code, string message, IReadOnlyList<FieldError>? fieldErrors = null)
        : this(code, message, fieldErrors, inner: null)
    {
    }

    protected AppException(string code, string message, IReadOnlyList<FieldError>? fieldErrors, Exception? inner)
        : base(message, inner)
    {
        Code = code;
        FieldErrors = fieldErrors ?? [];
    }

    /// <summary>The stable code of <see cref="ErrorCodes"/>, e.g. <c>VALIDATION</c>.</summary>
    public string Code { get; }

    public IReadOnlyList<FieldError> FieldErrors { get; }

    public static AppException NotFound(string typeName, string id) =>
        new(ErrorCodes.NotFound, $"{typeName} '{id}' was not found.");

    /// <summary>A <c>VALIDATION</c> error on one input field: "<paramref name="field"/> <paramref name="message"/>".</summary>
    public static AppException Invalid(string field, string message) =>
        new(ErrorCodes.Validation, $"{field} {message}", [new FieldError(field, message)]);

    public static AppException Conflict(string typeName) =>
        new(ErrorCodes.Conflict, $"The {typeName} was changed by someone else since you read it. Reload it and apply your change again.");
}

/// <summary>
/// A save found a row changed since it was read (its version moved on): <c>CONFLICT</c> for the client. A mutation that named
/// no version is done again on fresh data instead (<c>SchemaBuilders</c>, SharedKernel.GraphQL).
/// </summary>
public sealed class StaleRecordException(string typeName, Exception inner)
    : AppException(ErrorCodes.Conflict, $"The {typeName} was changed by someone else since you read it. Reload it and apply your change again.", null, inner);

/// <summary>Collects field errors and throws one VALIDATION error listing all of them.</summary>
public sealed class Validator
{
    private readonly List<FieldError> _errors = [];

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyList<FieldError> Errors => _errors;

    public Validator Add(string field, string message)
    {
        _errors.Add(new FieldError(field, message));
        return this;
    }

    public Validator Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "is required.");
        }

        return MaxLength(field, value, maxLength);
    }

    public Validator MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters long.");
        }

        return this;
    }

    public Validator Email(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1 || !value[(at + 1)..].Contains('.', StringComparison.Ordinal)
            || value.Any(char.IsWhiteSpace) || value.Length > 254)
        {
            Add(field, "is not a valid email address.");
        }

        return this;
    }

    public Validator Phone(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        var digits = value.Count(char.IsDigit);
        if (digits < 5 || digits > 20 || value.Any(c => !(char.IsDigit(c) || c is '+' or ' ' or '-' or '(' or ')' or '.')))
        {
            Add(field, "is not a valid phone number (digits, spaces and + - ( ) . only, 5 to 20 digits).");
        }

        return this;
    }

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            var summary = string.Join(" ", _errors.Select(e => $"{e.Field} {e.Message}"));
            throw new AppException(ErrorCodes.Validation, $"The input is not valid: {summary}", _errors.ToArray());
        }
    }
}

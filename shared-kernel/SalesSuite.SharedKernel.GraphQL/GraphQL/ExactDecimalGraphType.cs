using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>
/// The schema's <c>Decimal</c> scalar (it replaces GraphQL.NET's, see <see cref="global::GraphQL.SchemaExtensions.ReplaceScalar{TSchema}"/>):
/// input as a number or as a decimal string (<c>"12345.67"</c>), in variables and in literals, so that a JavaScript client can send
/// exact money that a double would round. A string that is not a plain decimal number (invariant culture: optional sign, digits,
/// optional point and fraction, optional exponent; no spaces or group separators) is refused with a VALIDATION error. Output is a JSON number, as before.
/// </summary>
public sealed class ExactDecimalGraphType : DecimalGraphType
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public ExactDecimalGraphType()
    {
        Name = "Decimal";
        Description = "A decimal number. Input: a JSON number or a decimal string such as \"12345.67\" (exact, for money); output: a JSON number.";
    }

    public override object? ParseLiteral(GraphQLValue value) =>
        value is GraphQLStringValue text ? Parse(text.Value.ToString()) : base.ParseLiteral(value);

    // Any string "can" be parsed, so that Parse* runs and a bad one gets this scalar's message rather than a generic one.
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue || base.CanParseLiteral(value);

    public override object? ParseValue(object? value) =>
        value is string text ? Parse(text) : base.ParseValue(value);

    public override bool CanParseValue(object? value) => value is string || base.CanParseValue(value);

    private static decimal Parse(string text) => TryParse(text, out var number)
        ? number
        : throw new DecimalInputException(text);

    private static bool TryParse(string text, out decimal number) =>
        decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out number);
}

/// <summary>A string given for a <c>Decimal</c> that is not a decimal number; the host answers it with <see cref="ErrorCodes.Validation"/>.</summary>
public sealed class DecimalInputException(string text)
    : FormatException($"'{Shorten(text)}' is not a decimal number: send a JSON number or a decimal string such as \"12345.67\".")
{
    public string Code => ErrorCodes.Validation;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}

using GraphQL;
using GraphQL.Execution;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Host.Api;

/// <summary>Errors carry one stable <c>extensions.code</c>; validation errors list their fields; internals stay hidden.</summary>
public sealed class AppErrorInfoProvider(bool exposeDetails) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = exposeDetails,
    ExposeCode = true,
    ExposeCodes = false,
    ExposeData = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        if (executionError is UnhandledError || executionError.Code is null)
        {
            extensions["code"] = ErrorCodes.Internal;
        }

        var message = info.Message;
        if (Causes(executionError).OfType<SalesSuite.SharedKernel.GraphQL.DecimalInputException>().FirstOrDefault() is { } decimalInput)
        {
            // A Decimal given as a string that is not a number, in a variable or a literal: say what to send instead of
            // GraphQL.NET's "Unable to convert '...' to 'Decimal'".
            extensions["code"] = ErrorCodes.Validation;
            if (!message.Contains(decimalInput.Message, StringComparison.Ordinal))
            {
                var generic = message.IndexOf("Unable to convert", StringComparison.Ordinal);
                message = (generic > 0 ? message[..generic] : message + " ").TrimStart() + decimalInput.Message;
            }
        }

        if (executionError is ClientError { FieldErrors.Count: > 0 } app)
        {
            extensions["fields"] = app.FieldErrors.Select(f => new Dictionary<string, object?> { ["field"] = f.Field, ["message"] = f.Message }).ToList();
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private static IEnumerable<Exception> Causes(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            yield return inner;
        }
    }
}

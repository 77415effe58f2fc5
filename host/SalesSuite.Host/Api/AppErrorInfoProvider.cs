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

        if (Causes(executionError).Any(e => e is SalesSuite.SharedKernel.GraphQL.DecimalInputException))
        {
            extensions["code"] = ErrorCodes.Validation; // a Decimal given as a string that is not a number, in a variable or a literal
        }

        if (executionError is AppException { FieldErrors.Count: > 0 } app)
        {
            extensions["fields"] = app.FieldErrors.Select(f => new Dictionary<string, object?> { ["field"] = f.Field, ["message"] = f.Message }).ToList();
        }

        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }

    private static IEnumerable<Exception> Causes(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            yield return inner;
        }
    }
}

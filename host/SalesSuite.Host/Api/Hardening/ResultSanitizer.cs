using GraphQL;
using GraphQL.Execution;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Host.Api.Hardening;

/// <summary>Rewrites errors that say too much: schema suggestions ("Did you mean ...") and GraphQL.NET's timeout.</summary>
internal static class ResultSanitizer
{
    private const string Suggestion = " Did you mean";

    public static void Apply(ExecutionResult result, bool suggestFields, TimeSpan timeout, string requestId)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return;
        }

        var rewritten = new ExecutionErrors();
        foreach (var error in errors)
        {
            rewritten.Add(error switch
            {
                TimeoutError =>
                    Copy(error,
                        $"The request did not finish within its time limit ({timeout.TotalSeconds:0.###} s) and was cancelled. Request id: {requestId}.",
                        ErrorCodes.Timeout),
                _ when !suggestFields && error.Message.Contains(Suggestion, StringComparison.Ordinal) =>
                    Copy(error, error.Message[..error.Message.IndexOf(Suggestion, StringComparison.Ordinal)], error.Code),
                _ => error,
            });
        }

        result.Errors = rewritten;
    }

    public static bool TimedOut(ExecutionResult result) => result.Errors?.Any(e => e is TimeoutError) == true;

    private static ExecutionError Copy(ExecutionError error, string message, string? code)
    {
        var copy = new ExecutionError(message) { Code = code, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            copy.AddLocation(location);
        }

        return copy;
    }
}

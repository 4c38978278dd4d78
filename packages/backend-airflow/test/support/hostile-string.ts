import fc from 'fast-check';

/** Strings built to break out of a Python literal or a Jinja template. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', "'", '\\', '\n', '\r', '{', '}', '%', '#', '"""', "'''", '{{', '}}', '{{{', '}}}', '{%', '%}', '{#', '#}', '{%-', '-}}', '\u2028', '\ud800', '\u0000', '\x7f', 'a', ' ', '\t') }),
  fc.constantFrom('"""', "'''", '\\', '{{ ti }}', '{% raw %}', '{% endraw %}', '{{ "{" }}', "{{ '{' }}", 'abc{', '}abc', '{', '}', '\ud83d\ude00', 'a\\', '"', "'", ' ', '', '\n'),
);

/* The floor under the tiny-articles case: only open, fstat, read and close every file of a folder
   on two threads, as Cronica reads them (four system calls a file), with nothing done to the
   bytes. Build and run:
     gcc -O2 -o /tmp/read_floor bench/read_floor.c -lpthread
     /usr/bin/time -f "%e s wall %U user %S sys" /tmp/read_floor FOLDER/articles
   Not part of the build or the tests. */
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { THREADS = 2, MAX_NAMES = 10000000 };
static char **names;
static long count;
static int folder;

static void *read_share(void *arg) {
  long first = (long)arg, total = 0;
  char buffer[1 << 16];
  for (long i = first; i < count; i += THREADS) {
    int fd = openat(folder, names[i], O_RDONLY | O_CLOEXEC);
    struct stat status;
    if (fd < 0 || fstat(fd, &status) != 0) { perror(names[i]); exit(1); }
    ssize_t got = read(fd, buffer, status.st_size < (off_t)sizeof buffer ? (size_t)status.st_size + 1 : sizeof buffer);
    if (got > 0) total += got;
    close(fd);
  }
  return (void *)total;
}

int main(int argc, char **argv) {
  if (argc != 2) { fprintf(stderr, "usage: read_floor FOLDER\n"); return 64; }
  DIR *listing = opendir(argv[1]);
  if (!listing) { perror(argv[1]); return 66; }
  folder = dirfd(listing);
  names = malloc(sizeof(char *) * MAX_NAMES);
  for (struct dirent *entry; (entry = readdir(listing)) && count < MAX_NAMES;)
    if (entry->d_name[0] != '.') names[count++] = strdup(entry->d_name);
  pthread_t threads[THREADS];
  for (long t = 0; t < THREADS; t++) pthread_create(&threads[t], NULL, read_share, (void *)t);
  long bytes = 0;
  for (long t = 0; t < THREADS; t++) { void *got; pthread_join(threads[t], &got); bytes += (long)got; }
  printf("%ld files, %ld bytes\n", count, bytes);
  return 0;
}

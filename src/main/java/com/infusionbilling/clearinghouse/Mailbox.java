package com.infusionbilling.clearinghouse;

import java.io.IOException;
import java.util.List;

/**
 * File operations on a clearinghouse mailbox; the same for a local directory and an SFTP server.
 * Nothing here deletes a file. Files whose names start with a dot are in transit and are never
 * listed.
 */
public interface Mailbox {

  /** Regular files in the folder, oldest name first, excluding in-transit (dot) files. */
  List<String> list(MailboxFolder folder) throws IOException;

  boolean exists(MailboxFolder folder, String name) throws IOException;

  /** The file's size in bytes, read before the file itself (the inbound size limit). */
  long size(MailboxFolder folder, String name) throws IOException;

  byte[] read(MailboxFolder folder, String name) throws IOException;

  /**
   * Writes a complete file atomically: to a new, dot-prefixed temporary file first (created
   * exclusively: never an existing file or link), then renamed. A reader never sees a partial file.
   * Fails if {@code name} already exists.
   */
  void writeAtomically(MailboxFolder folder, String name, byte[] content) throws IOException;

  /** Moves a file between folders (a rename on the same server or file system). */
  void move(MailboxFolder from, String name, MailboxFolder to, String newName) throws IOException;

  /** A short description for logs, without credentials. */
  String describe();
}
